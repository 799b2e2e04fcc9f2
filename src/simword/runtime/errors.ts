/** Errors shaped like OfficeExtension.Error: a `code` such as "InvalidArgument", a message and `debugInfo`. */
export class SimError extends Error {
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  readonly traceMessages: string[] = [];
  constructor(
    readonly code: string,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
    this.debugInfo = errorLocation ? { code, message, errorLocation } : { code, message };
  }
}

export const ErrorCodes = {
  accessDenied: "AccessDenied",
  generalException: "GeneralException",
  invalidArgument: "InvalidArgument",
  invalidObjectPath: "InvalidObjectPath",
  invalidRequestContext: "InvalidRequestContext",
  itemNotFound: "ItemNotFound",
  notAllowed: "NotAllowed",
  propertyNotLoaded: "PropertyNotLoaded",
  requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
  apiNotFound: "ApiNotFound",
} as const;

export const invalidArgument = (where: string, detail: string): SimError =>
  new SimError(ErrorCodes.invalidArgument, `The argument is invalid or missing or has an incorrect format. ${detail}`, where);

/** Office.js message for reading a property that was not loaded, thrown synchronously at the read. */
export const propertyNotLoaded = (property: string): SimError =>
  new SimError(
    ErrorCodes.propertyNotLoaded,
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );

export const accessDenied = (where: string): SimError =>
  new SimError(ErrorCodes.accessDenied, "You cannot perform the requested operation. The document is read-only.", where);
