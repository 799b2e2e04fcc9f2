import type { Rule } from "../types";
import { advert } from "./advert";
import { blankDate } from "./blankDate";
import { doubledPunctuation } from "./doubledPunctuation";
import { foreignPlace } from "./foreignPlace";
import { halfWidthPunctuation } from "./halfWidthPunctuation";
import { instructionLeft } from "./instructionLeft";
import { leadingPunctuation } from "./leadingPunctuation";
import { mask } from "./mask";
import { numbering } from "./numbering";
import { pairedPunctuation } from "./pairedPunctuation";
import { pointCount } from "./pointCount";
import { repeatedWord } from "./repeatedWord";
import { sampleData } from "./sampleData";
import { siteLine } from "./siteLine";
import { staleYear } from "./staleYear";
import { unfilledPlaceholder } from "./unfilledPlaceholder";

/** Every audit rule, in the order their groups are shown. */
export const rules: readonly Rule[] = [
  unfilledPlaceholder,
  sampleData,
  instructionLeft,
  blankDate,
  mask,
  advert,
  siteLine,
  foreignPlace,
  numbering,
  leadingPunctuation,
  pointCount,
  pairedPunctuation,
  staleYear,
  doubledPunctuation,
  halfWidthPunctuation,
  repeatedWord,
];
