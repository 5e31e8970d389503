import { afterEach, beforeEach } from "vitest";

export type Closable<T> = T & { close(): Promise<void> };
/** What each adapter's test file passes a contract: a fresh, empty store. */
export type MakeStore<T> = () => Promise<Closable<T>> | Closable<T>;

/** A fresh, empty store before each test of the enclosing describe, closed after it. */
export function eachFresh<T>(makeStore: MakeStore<T>, use: (store: Closable<T>) => void) {
  let store: Closable<T> | undefined;
  beforeEach(async () => {
    store = await makeStore();
    use(store);
  });
  afterEach(async () => {
    await store?.close();
  });
}
