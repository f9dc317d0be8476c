import type { Metadata } from "next";
import { ApplicationForm } from "@/components/memberships/application-form";

export const metadata: Metadata = { title: "Join the cooperative" };

export default function JoinPage() {
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <div>
        <h1>Join the cooperative</h1>
        <p className="mt-2 text-slate-800">
          Connecticut towns, boards of education, libraries and other public entities can join. Cooperative staff review
          each application and email the contact at every step.
        </p>
      </div>
      <ApplicationForm />
    </div>
  );
}
