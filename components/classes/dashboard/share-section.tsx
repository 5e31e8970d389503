import Link from "next/link";
import QRCode from "qrcode";
import { SharePanel } from "@/components/classes/share-panel";
import { ClassActionButton } from "./class-action-button";
import type { ClassAction, Dashboard } from "./types";
import { routes } from "@/lib/links/routes";

type Props = Pick<Dashboard, "klass" | "open"> & {
  /** The class's join link, as students will open it. */
  url: string;
  action: ClassAction;
};

/** The class link, code and QR code, then what the teacher can do with the class. */
export async function ShareSection({ klass, open, url, action }: Props) {
  const qrSvg = await QRCode.toString(url, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  const button = (op: string, label: string) => (
    <ClassActionButton action={action} code={klass.code} op={op} label={label} />
  );
  return (
    <section aria-labelledby="share" className="mt-6 rounded-lg border border-rule bg-card p-4">
      <h2 id="share" className="sr-only">
        Share
      </h2>
      <SharePanel url={url} title={klass.title} code={klass.code} qrSvg={qrSvg} />
      <div className="mt-4 flex flex-wrap gap-2">
        {open ? button("close", "Close the class") : button("reopen", "Reopen")}
        {open &&
          (klass.joinsClosedAt === undefined
            ? button("stop-joins", "Stop new joins")
            : button("allow-joins", "Let new students join"))}
        {klass.feedback === "after-close" &&
          (klass.revealedAt
            ? button("hide", "Hide answers again")
            : button("reveal", "Reveal answers"))}
        <Link href={routes.classPrint(klass.code)} className="button-secondary">
          Print view
        </Link>
        <a href={routes.classCsv(klass.code)} className="button-secondary" download>
          Download CSV
        </a>
      </div>
    </section>
  );
}
