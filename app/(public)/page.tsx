import Link from "next/link";

export default function HomePage() {
  return (
    <div className="flex flex-col gap-8">
      <section className="rounded-lg bg-white p-8 shadow-sm">
        <h1>IT contracts Connecticut towns can use today</h1>
        <p className="mt-3 max-w-3xl text-lg text-slate-800">
          The CRCOG IT Services Cooperative bids IT products and services once, for everyone. Towns, boards of
          education, libraries and other public entities buy at the fixed contract prices without running their own RFP.
        </p>
        <div className="mt-6 flex flex-wrap gap-3">
          <Link
            href="/sign-in"
            className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white no-underline hover:bg-brand-800"
          >
            Sign in
          </Link>
          <Link
            href="/join"
            className="rounded-md border border-brand-700 px-4 py-2 font-medium text-brand-800 no-underline hover:bg-brand-50"
          >
            Apply to join
          </Link>
        </div>
      </section>
      <section aria-labelledby="how" className="grid gap-4 md:grid-cols-3">
        <h2 id="how" className="sr-only">
          How the cooperative works
        </h2>
        <div className="rounded-lg border border-slate-300 bg-white p-5">
          <h3 className="font-semibold">Join</h3>
          <p className="mt-2 text-slate-800">
            Members of CRCOG&apos;s Service Sharing Initiative, the Capitol Region Purchasing Council or the Connecticut
            Council of Small Towns join at no cost. Other public entities pay a small annual fee.
          </p>
        </div>
        <div className="rounded-lg border border-slate-300 bg-white p-5">
          <h3 className="font-semibold">Piggyback</h3>
          <p className="mt-2 text-slate-800">
            Pick a contract, choose items at the contract price and send a purchase request to the vendor. Cooperative
            purchasing is authorized for Connecticut municipalities by C.G.S. §4a-53.
          </p>
        </div>
        <div className="rounded-lg border border-slate-300 bg-white p-5">
          <h3 className="font-semibold">Shape what comes next</h3>
          <p className="mt-2 text-slate-800">
            Answer needs surveys, sit on pilot review committees and pilot new services before they open to everyone.
          </p>
        </div>
      </section>
    </div>
  );
}
