import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import "./globals.css";
import { env } from "@/lib/env";
import { getActor } from "@/lib/auth/session";
import { SiteHeader } from "@/components/site-header";
import { DemoBanner } from "@/components/demo-banner";

export const metadata: Metadata = {
  title: { default: "CRCOG IT Services Cooperative", template: "%s · CRCOG IT Services Cooperative" },
  description:
    "Competitively bid IT contracts with fixed prices for Connecticut towns, schools, libraries and public entities.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const actor = await getActor(); // display only; every page authorizes on its own
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2"
        >
          Skip to main content
        </a>
        {env.demoMode && <DemoBanner />}
        <SiteHeader actor={actor} />
        <main id="main" className="mx-auto max-w-6xl px-4 py-6">
          {children}
        </main>
        <footer className="no-print mx-auto max-w-6xl border-t border-slate-300 px-4 py-6 text-sm text-slate-700">
          CRCOG IT Services Cooperative · Capitol Region Council of Governments, with the Capitol Region Purchasing
          Council and the Connecticut Council of Small Towns.
        </footer>
      </body>
    </html>
  );
}
