"use client";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <div className="mx-auto max-w-xl">
      <h1>Something went wrong</h1>
      <p className="mt-4">Nothing you were doing was lost on our side. Please try again in a moment.</p>
      <button type="button" onClick={reset} className="mt-4 rounded-md bg-brand-700 px-4 py-2 text-white">
        Try again
      </button>
    </div>
  );
}
