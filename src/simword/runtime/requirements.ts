import type { SimRequestContext } from "./context";
import { ErrorCodes, SimError } from "./errors";

/** An API from a newer requirement set than the simulated host supports fails at sync, as in an older Word. */
export function requireWordApi(ctx: SimRequestContext, minor: number, where: string): void {
  if (ctx.runtime.config.wordApiMinor < minor) {
    throw new SimError(ErrorCodes.apiNotFound, `The API you are trying to use could not be found (needs WordApi 1.${minor}).`, where);
  }
}
