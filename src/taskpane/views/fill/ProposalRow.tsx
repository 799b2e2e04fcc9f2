import { Badge, Checkbox, Input, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { describeReason } from "../../../core/fill/reasons";
import type { Proposal } from "../../../core/fill/types";
import { useLocale } from "../../i18n/LocaleContext";

export interface Choice {
  checked: boolean;
  value: string;
}

const useStyles = makeStyles({
  line: { display: "flex", flexWrap: "wrap", gap: "6px", alignItems: "center", paddingLeft: "6px", minWidth: 0 },
  reason: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, paddingLeft: "6px", display: "block", overflowWrap: "anywhere" },
  value: { width: "110px", minWidth: 0 },
  badge: { whiteSpace: "nowrap", flexShrink: 0 },
  pick: { minWidth: "0", maxWidth: "100%", flex: "1 1 140px" },
});

/** One placeholder's proposal: tick to fill, the value (editable), a picker when ambiguous, and why. */
export function ProposalRow({ proposal, choice, onChange }: { proposal: Proposal; choice: Choice; onChange(c: Choice): void }) {
  const { t, locale } = useLocale();
  const [open, close] = locale === "zh-CN" ? ["（", "）"] : [" (", ")"];
  const sep = locale === "zh-CN" ? "，" : ", ";
  const styles = useStyles();
  const options = proposal.candidates.filter((c) => c.value !== null);
  const badge =
    proposal.status === "fill" ? (
      <Badge className={styles.badge} appearance="tint" color={proposal.confidence === "high" ? "success" : "informative"}>
        {t(proposal.confidence === "high" ? "confHigh" : "confMedium")}
      </Badge>
    ) : (
      <Badge className={styles.badge} appearance="tint" color={proposal.status === "ambiguous" ? "warning" : proposal.status === "conflict" ? "danger" : "subtle"}>
        {t(proposal.status === "ambiguous" ? "statusAmbiguous" : proposal.status === "conflict" ? "statusConflict" : proposal.status === "no_match" ? "statusNoMatch" : "statusManual")}
      </Badge>
    );
  const fillable = proposal.status !== "unsupported";
  return (
    <div data-testid="proposal" data-status={proposal.status}>
      <div className={styles.line}>
        <Checkbox
          checked={choice.checked}
          disabled={!fillable || choice.value.trim() === ""}
          onChange={(_, d) => onChange({ ...choice, checked: d.checked === true })}
          aria-label={`${proposal.placeholder.text} ${proposal.placeholder.clause.text}`}
          data-testid="proposal-check"
        />
        {fillable && (
          <Input
            className={styles.value}
            size="small"
            value={choice.value}
            placeholder="—"
            aria-label={`${t("colValue")} ${proposal.placeholder.text}`}
            lang="zh-CN"
            onChange={(_, d) => onChange({ checked: d.value.trim() !== "" && choice.checked, value: d.value })}
            data-testid="proposal-value"
          />
        )}
        {badge}
        {proposal.status !== "fill" && options.length > 0 && (
          <Select
            size="small"
            value=""
            onChange={(_, d) => d.value !== "" && onChange({ checked: true, value: d.value })}
            data-testid="proposal-pick"
            aria-label={`${t("pickCandidate")} ${proposal.placeholder.text}`}
            className={styles.pick}
          >
            <option value="">{t("pickCandidate")}</option>
            {options.map((c) => (
              <option key={c.rowId} value={c.value ?? ""} lang="zh-CN">
                {`${c.value ?? ""}${open}${c.row.name}${c.row.period ? `${sep}${c.row.period}` : ""}${close}`}
              </option>
            ))}
          </Select>
        )}
      </div>
      <Text className={styles.reason} data-testid="proposal-reason">
        {describeReason(proposal.why, locale)}
      </Text>
    </div>
  );
}
