import type { Rule } from "../types";
import { advert } from "./advert";
import { announcedMissing } from "./announcedMissing";
import { blankDate } from "./blankDate";
import { brokenEntity } from "./brokenEntity";
import { brokenParagraph } from "./brokenParagraph";
import { brokenFigure } from "./brokenFigure";
import { brokenWord } from "./brokenWord";
import { cutBySite } from "./cutBySite";
import { decoratedTitle } from "./decoratedTitle";
import { docSiteMeta } from "./docSiteMeta";
import { docNumber } from "./docNumber";
import { doubledLine } from "./doubledLine";
import { doubledPunctuation } from "./doubledPunctuation";
import { filteredWord } from "./filteredWord";
import { foreignPlace } from "./foreignPlace";
import { forumChrome } from "./forumChrome";
import { halfWidthPunctuation } from "./halfWidthPunctuation";
import { instructionLeft } from "./instructionLeft";
import { leadingPunctuation } from "./leadingPunctuation";
import { lostFigure } from "./lostFigure";
import { lostLead } from "./lostLead";
import { markdownMarkup } from "./markdownMarkup";
import { mask } from "./mask";
import { missingWord } from "./missingWord";
import { nameGap } from "./nameGap";
import { numbering } from "./numbering";
import { numeralYear } from "./numeralYear";
import { pageFooter } from "./pageFooter";
import { pageHeader } from "./pageHeader";
import { pageTitleCopy } from "./pageTitleCopy";
import { pageWidget } from "./pageWidget";
import { pastedOutline } from "./pastedOutline";
import { pairedPunctuation } from "./pairedPunctuation";
import { pointCount } from "./pointCount";
import { repeatedParagraph } from "./repeatedParagraph";
import { repeatedWord } from "./repeatedWord";
import { sampleData } from "./sampleData";
import { siteLine } from "./siteLine";
import { staleYear } from "./staleYear";
import { strayBullet } from "./strayBullet";
import { tackedKeyword } from "./tackedKeyword";
import { titleLabel } from "./titleLabel";
import { titleRunOn } from "./titleRunOn";
import { unfilledPlaceholder } from "./unfilledPlaceholder";

/** Every audit rule, in the order their groups are shown. */
export const rules: readonly Rule[] = [
  unfilledPlaceholder,
  sampleData,
  instructionLeft,
  blankDate,
  mask,
  filteredWord,
  advert,
  siteLine,
  forumChrome,
  docSiteMeta,
  pageWidget,
  markdownMarkup,
  pageHeader,
  titleLabel,
  tackedKeyword,
  decoratedTitle,
  brokenEntity,
  pageTitleCopy,
  pageFooter,
  titleRunOn,
  cutBySite,
  doubledLine,
  repeatedParagraph,
  pastedOutline,
  foreignPlace,
  numbering,
  leadingPunctuation,
  strayBullet,
  pointCount,
  announcedMissing,
  brokenFigure,
  lostFigure,
  lostLead,
  missingWord,
  nameGap,
  brokenParagraph,
  brokenWord,
  pairedPunctuation,
  staleYear,
  numeralYear,
  doubledPunctuation,
  halfWidthPunctuation,
  docNumber,
  repeatedWord,
];
