/**
 * Hides controls marked `js-only` (a copy button, "updates every few seconds") when
 * JavaScript is off, where they would do nothing or say something untrue.
 */
export function JsOnlyStyle() {
  return (
    <noscript>
      <style>{".js-only{display:none!important}"}</style>
    </noscript>
  );
}
