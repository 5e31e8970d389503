import { randomBytes } from "node:crypto";
import { Server, type IncomingMessage } from "node:http";

// Next hands a request to the app with its headers, never its socket: the address the
// connection came from is otherwise lost (and X-Forwarded-For is whatever the client sent when
// no proxy is in front). So every request the server receives gets that address in a header
// whose name is random per process: set on every request, overwriting anything sent, and
// unguessable, so no client can supply it.
const KEY = Symbol.for("briefing-and-quiz.peer-address-header");
type Holder = { [KEY]?: string };

/** Installs the header (instrumentation-node.ts, once per server process); returns its name. */
export function installPeerAddress(): string {
  const holder = globalThis as Holder;
  if (holder[KEY]) return holder[KEY];
  const name = `x-peer-${randomBytes(12).toString("hex")}`;
  const emit = Server.prototype.emit;
  Server.prototype.emit = function (this: Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const request = args[0] as IncomingMessage;
      request.headers[name] = request.socket?.remoteAddress ?? "";
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  };
  holder[KEY] = name;
  return name;
}

/** Whether this process installed the header (the start-up log says so). */
export function peerAddressInstalled(): boolean {
  return (globalThis as Holder)[KEY] !== undefined;
}

/** The address this request's connection came from, when the server installed the header. */
export function peerAddress(headers: Headers): string | undefined {
  const name = (globalThis as Holder)[KEY];
  return (name && headers.get(name)) || undefined;
}
