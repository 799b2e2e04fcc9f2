/** Office.js errors turned into messages a drafter can act on; the Office error code is kept for support. */
const messages: Record<string, string> = {
  AccessDenied: "文档处于只读或受保护状态（限制编辑），DraftKit 未做任何修改。请先取消保护再试。",
  ApiNotFound: "当前 Word 版本不支持此功能，请升级 Word。",
  RequestPayloadSizeLimitExceeded: "一次处理的内容超过 Word 的上限，请分段操作。",
  ItemNotFound: "文档中的目标已不存在，请重新扫描。",
  InvalidArgument: "Word 拒绝了这次操作（参数无效），请重新扫描后再试。",
  GeneralException: "Word 未能完成操作，请稍后重试。",
};

export class HostError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "HostError";
  }
}

export function friendly(e: unknown): HostError {
  if (e instanceof HostError) return e;
  const code = typeof e === "object" && e !== null && "code" in e ? String((e as { code: unknown }).code) : "unknown";
  const detail = e instanceof Error ? e.message : String(e);
  return new HostError(code, messages[code] ?? `Word 操作失败：${detail}`);
}

/** The context.trace() messages Word executed before a failed sync (OfficeExtension.Error.traceMessages). */
export function tracesOf(e: unknown): string[] {
  const t = typeof e === "object" && e !== null && "traceMessages" in e ? (e as { traceMessages: unknown }).traceMessages : undefined;
  return Array.isArray(t) ? t.map(String) : [];
}

/** Runs a host operation, rethrowing Office errors with a zh-CN message. */
export async function guarded<T>(op: () => Promise<T>): Promise<T> {
  try {
    return await op();
  } catch (e) {
    throw friendly(e);
  }
}
