import { type Io, processIo } from "./io";
import { auditCommand } from "./audit";
import { fillCommand } from "./fill";
import { scanCommand } from "./scan";
import { newCommand, sectionsCommand } from "./sections";

const usage = `用法 / usage:
  draftkit scan FILE [--json]     列出占位符 / list placeholders
  draftkit fill FILE --table TABLE [--year Y] [--level 市|县|区] [--region 地名] [--pick N=候选]…
                [--thousands] [--out OUT | --in-place] [--utf8] [--json]
                                  用指标表填充 / fill from an indicator table (TABLE: .csv .xlsx .json or builtin)
  draftkit audit FILE [--json] [--region 地名] [--year Y] [--report OUT.html]
                                  打印前审核 / pre-print audit (exit 1 when errors remain)
  draftkit sections [--json]      列出章节库 / list the section library
  draftkit new --sections ID,ID --level 市|县|区 --year Y [--title T] [--out FILE]
                                  生成讲话稿提纲 / write a speech skeleton
  draftkit --help | --version`;

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === "--help" || command === "-h") {
    io.out(`${usage}\n`);
    return command === undefined ? 2 : 0;
  }
  if (command === "--version") {
    io.out("draftkit 0.1.0\n");
    return 0;
  }
  const commands: Record<string, (args: string[], io: Io) => Promise<number>> = { scan: scanCommand, fill: fillCommand, audit: auditCommand, sections: sectionsCommand, new: newCommand };
  // Own properties only: `draftkit constructor` is an unknown command, not Object's constructor.
  const handler = Object.hasOwn(commands, command) ? commands[command] : undefined;
  if (!handler) {
    io.err(`draftkit: 未知命令 “${command}” (unknown command)\n${usage}\n`);
    return 2;
  }
  try {
    return await handler(rest, io);
  } catch (e) {
    // A bug, not bad input (every input problem is a message of its own): one line, the stack on request.
    const detail = e instanceof Error ? e.message : String(e);
    io.err(`draftkit ${command}: 内部错误：${detail}；请报告此问题（设环境变量 DRAFTKIT_DEBUG=1 可显示详细信息）\n`);
    if (process.env.DRAFTKIT_DEBUG && e instanceof Error && e.stack) io.err(`${e.stack}\n`);
    return 2;
  }
}
