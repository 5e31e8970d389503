import type { ClassAction } from "./types";

type Props = {
  action: ClassAction;
  code: string;
  op: string;
  label: string;
  style?: string;
};

/** One class operation as a plain form: works without JavaScript. */
export function ClassActionButton({ action, code, op, label, style = "button-secondary" }: Props) {
  return (
    <form action={action}>
      <input type="hidden" name="code" value={code} />
      <input type="hidden" name="op" value={op} />
      <button type="submit" className={style}>
        {label}
      </button>
    </form>
  );
}
