import { devices, type Browser, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { expect, PHONE_ONLY, test } from "./fixtures";
import { uniqueUser } from "./auth-helpers";
import { expectNoAxeViolations, expectNoHorizontalScroll } from "./helpers";
import { callAction, formOf } from "./http/server-actions";
import { answer, quiz, SLUG } from "./quiz-helpers";
import { OIDC_NAME } from "./ports";

// The account pages in Spanish (/es/privacy, /es/me, /es/signin): the same pages as the
// English, in Spanish words, named to each other for search engines, reached from the shell of
// every Spanish page, and their forms (deleting everything, signing in) answering in Spanish.

const PAGES = [
  {
    path: "/es/privacy",
    english: "/privacy",
    title: "Privacidad: qué guardamos",
    h1: "Qué guardamos y quién lo ve",
  },
  { path: "/es/me", english: "/me", title: "Mi progreso", h1: "Mi progreso" },
  { path: "/es/signin", english: "/signin", title: "Iniciar sesión", h1: "Iniciar sesión" },
];

const spanishTitle = (
  JSON.parse(readFileSync(`content/briefings/${SLUG}/es/briefing.json`, "utf8")) as {
    title: string;
  }
).title;

/** A phone with JavaScript on or off, in this test's browser. */
async function phone(browser: Browser, javaScriptEnabled: boolean): Promise<Page> {
  const context = await browser.newContext({ ...devices["Pixel 7"], javaScriptEnabled });
  return context.newPage();
}

test(
  "each Spanish account page is in Spanish, titled in Spanish, and names its English twin",
  PHONE_ONLY,
  async ({ page }) => {
    for (const { path, english, title, h1 } of PAGES) {
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("lang", "es");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(h1);
      await expect(page).toHaveTitle(`${title} · Briefing & Quiz`);
      // hreflang both ways, from either language's page.
      for (const from of [path, english]) {
        if (from !== path) await page.goto(from);
        for (const [lang, href] of [
          ["en", english],
          ["es", path],
        ]) {
          await expect(
            page.locator(`link[rel='alternate'][hreflang='${lang}']`),
            `${from} → ${lang}`,
          ).toHaveAttribute("href", new RegExp(`${href}$`));
        }
        await expect(page.locator("link[rel='canonical']")).toHaveAttribute(
          "href",
          new RegExp(`${from}$`),
        );
      }
    }
  },
);

test(
  "the shell of a Spanish page links to the Spanish account pages",
  PHONE_ONLY,
  async ({ page }) => {
    for (const path of [`/es/${SLUG}`, "/es/privacy", "/es/me"]) {
      await page.goto(path);
      const account = page.getByRole("navigation", { name: "Cuenta" });
      await expect(account.getByRole("link", { name: "Mi progreso" })).toHaveAttribute(
        "href",
        "/es/me",
      );
      await expect(account.getByRole("link", { name: "Iniciar sesión" })).toHaveAttribute(
        "href",
        `/es/signin?from=${encodeURIComponent(path)}`,
      );
      await expect(
        page.getByRole("contentinfo").getByRole("link", { name: "Privacidad" }),
      ).toHaveAttribute("href", "/es/privacy");
    }
    // And an English page's shell stays English.
    await page.goto("/privacy");
    await expect(
      page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "My progress" }),
    ).toHaveAttribute("href", "/me");
    await expect(
      page.getByRole("contentinfo").getByRole("link", { name: "Privacy" }),
    ).toHaveAttribute("href", "/privacy");
  },
);

test(
  "Spanish /privacy promises what the English does: same cookies, same numbers",
  PHONE_ONLY,
  async ({ page }) => {
    const read = async (path: string) => {
      await page.goto(path);
      const names = await page.getByTestId("item-name").allTextContents();
      const text = (await page.locator("article").textContent()) ?? "";
      return { names, numbers: (text.match(/\d+/g) ?? []).sort() };
    };
    const en = await read("/privacy");
    const es = await read("/es/privacy");
    expect(es.names).toEqual(en.names);
    expect(es.names).toEqual(expect.arrayContaining(["bq_anon", "authjs.session-token"]));
    expect(es.numbers).toEqual(en.numbers);
    await expect(page.getByRole("link", { name: "Mi progreso → Tus datos" })).toHaveAttribute(
      "href",
      "/es/me#your-data",
    );
  },
);

for (const scheme of ["light", "dark"] as const) {
  test(
    `Spanish account pages are axe clean and fit 320 px (${scheme})`,
    PHONE_ONLY,
    async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.emulateMedia({ colorScheme: scheme });
      for (const { path } of PAGES) {
        await page.goto(path);
        await expectNoAxeViolations(page);
        await expectNoHorizontalScroll(page);
      }
    },
  );
}

test(
  "/es/me without JavaScript: progress in Spanish, then deleting everything ends on /es/me in Spanish",
  PHONE_ONLY,
  async ({ browser }) => {
    const page = await phone(browser, false);
    // One attempt to delete (the quiz itself is English for now).
    await page.goto(`/${SLUG}/quiz`);
    for (const q of quiz.questions) await answer(page, q, true);
    await page.getByRole("button", { name: "Submit answers" }).click();
    await expect(page).toHaveURL(/\/quiz\/result\/[0-9a-f-]{36}$/);

    await page.goto("/es/me");
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    const progress = page.getByTestId("progress");
    await expect(progress.getByRole("link", { name: spanishTitle })).toHaveAttribute(
      "href",
      `/es/${SLUG}`,
    );
    await expect(progress).toContainText("Intentos1");
    await expect(progress).toContainText("La última vez acertaste todo.");
    await expect(page.getByRole("link", { name: "Qué guardamos y quién lo ve" })).toHaveAttribute(
      "href",
      "/es/privacy",
    );

    // The box must be ticked: the browser's own check keeps the page where it is.
    const remove = page.getByRole("button", { name: "Borrar mis datos" });
    await remove.click();
    await expect(page).toHaveURL(/\/es\/me$/);
    await page.getByLabel("Sí, borrar todo").check();
    await remove.click();
    await expect(page).toHaveURL(/\/es\/me\?deleted=1\.0#your-data$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await expect(page.getByTestId("deleted")).toHaveText(
      "Borramos 1 intento de cuestionario y tu lugar en 0 clases.",
    );
    await expect(page.getByText("Todavía no hay intentos de cuestionario.")).toBeVisible();
    await page.context().close();
  },
);

test(
  "the delete action answers in the form's language, and only en or es",
  PHONE_ONLY,
  async ({ page, baseURL }) => {
    // Unticked (as a browser that skips its own check would send it): back to ask, in Spanish.
    const key = "app/(en)/(account)/me/actions.ts#deleteMyDataAction";
    const post = (lang: string) =>
      callAction(page.request, baseURL!, { page: "/es/me", key, args: [formOf({ lang })] });
    expect((await post("es")).redirect).toMatch(/^\/es\/me\?delete=confirm(#your-data)?$/);
    for (const junk of ["en", "fr", "ES", "//evil.example", "es/../../x", ""]) {
      expect((await post(junk)).redirect, junk).toMatch(/^\/me\?delete=confirm(#your-data)?$/);
    }
    await page.goto("/es/me?delete=confirm#your-data");
    await expect(page.locator("#your-data").getByRole("alert")).toHaveText(
      "Marca la casilla para confirmar.",
    );
  },
);

test(
  "/es/signin: messages in Spanish from the browser and the server; signing in ends on /es/me",
  PHONE_ONLY,
  async ({ browser }) => {
    for (const javaScriptEnabled of [true, false]) {
      const page = await phone(browser, javaScriptEnabled);
      await page.goto("/es/signin");
      await expect(page.getByRole("button", { name: `Continuar con ${OIDC_NAME}` })).toBeVisible();
      await expect(page.getByText("Ninguna contraseña, ningún correo electrónico")).toBeVisible();
      const field = page.getByLabel("Tu nombre o un apodo");
      const submit = page.getByRole("button", { name: "Continuar", exact: true });
      const message = page.locator("#local-name-error");
      await field.fill("<script>alert(1)</script>");
      await submit.click();
      // Without JavaScript this is the server's answer, so the form's lang reached the action.
      await expect(message).toHaveText("Solo letras, números, espacios y . ' -");
      if (javaScriptEnabled) {
        await field.fill("   ");
        await submit.click();
        await expect(message).toHaveText("Escribe el nombre con el que quieres continuar.");
      }
      const name = `Lucía ${uniqueUser("es")}`;
      await field.fill(name);
      await submit.click();
      await page.waitForURL(/\/es\/me$/);
      await expect(page.locator("html")).toHaveAttribute("lang", "es");
      await expect(page.getByTestId("account")).toHaveText(
        `Iniciaste sesión como ${name}: tus intentos se guardan con tu cuenta, en cada dispositivo donde inicies sesión. Cuenta`,
      );
      await page.goto("/es/signin");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ya iniciaste sesión");
      await expect(page.getByRole("button", { name: "Cerrar sesión" })).toBeVisible();
      await page.context().close();
    }
  },
);

test(
  "/es/signin words Auth.js's errors in Spanish and ignores a return address off the site",
  PHONE_ONLY,
  async ({ page }) => {
    await page.goto("/es/signin?error=AccessDenied");
    await expect(page.locator(".quiz-error")).toHaveText(
      "Se canceló o se rechazó el inicio de sesión. Puedes intentarlo de nuevo.",
    );
    for (const code of ["OAuthCallbackError", "constructor"]) {
      await page.goto(`/es/signin?error=${code}&from=https://evil.example/`);
      await expect(page.locator(".quiz-error")).toHaveText(
        "No se pudo iniciar sesión. Inténtalo de nuevo o usa otra forma.",
      );
      await expect(page.locator('input[name="from"]').first()).toHaveValue("/es/me");
    }
  },
);
