import Link from "next/link";

export default function Forbidden() {
  return (
    <div className="mx-auto max-w-xl">
      <h1>You do not have access to this page</h1>
      <p className="mt-4">
        Your role in this organization does not include it. If you think it should, ask your organization&apos;s
        administrator. <Link href="/dashboard">Back to your dashboard</Link>
      </p>
    </div>
  );
}
