import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl">
      <h1>Page not found</h1>
      <p className="mt-4">
        The page does not exist, or it belongs to another organization. <Link href="/">Go to the home page</Link>
      </p>
    </div>
  );
}
