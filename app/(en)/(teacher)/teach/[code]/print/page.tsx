import type { Metadata } from "next";
import { notFound } from "next/navigation";
import QRCode from "qrcode";
import { requestOrigin } from "@/lib/classes/origin.server";
import { teaching } from "@/lib/services/services.server";
import { routes } from "@/lib/links/routes";

type Props = { params: Promise<{ code: string }> };

export const metadata: Metadata = { title: "Class link to print", robots: { index: false } };

/** One sheet for the wall or the board: title, QR code, link, code and three steps. */
export default async function PrintView({ params }: Props) {
  const printable = await teaching().classForPrint((await params).code);
  if (!printable) notFound();
  const { klass, briefing } = printable;
  const url = `${await requestOrigin()}${routes.classJoin(klass.code, klass.lang)}`;
  const qrSvg = await QRCode.toString(url, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  return (
    <div className="mx-auto max-w-xl px-4 pt-8 text-center">
      <h1 className="text-4xl font-bold tracking-tight text-balance">{klass.title}</h1>
      <p className="mt-2 text-lg">{briefing.title}</p>
      <div
        role="img"
        aria-label={`QR code for ${url}`}
        className="mx-auto mt-6 w-72 bg-white p-3"
        dangerouslySetInnerHTML={{ __html: qrSvg }}
      />
      <p className="mt-4 text-lg break-all">{url}</p>
      <p className="mt-2 font-mono text-4xl font-bold tracking-[0.25em]">{klass.code}</p>
      <ol className="mx-auto mt-6 max-w-sm list-decimal space-y-1 pl-6 text-left text-lg">
        <li>Scan the code with your phone&apos;s camera, or type the link.</li>
        <li>Choose a nickname (not your full name).</li>
        <li>Read the briefing, then take the quiz.</li>
      </ol>
    </div>
  );
}
