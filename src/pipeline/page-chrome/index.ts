// Page chrome: everything on a saved page that is not the article's own prose, judged once per
// line or paragraph and shared by the metadata stage and the body stage.

export { isCommentControl, isCommentsHeading } from './comments';
export { Page, readPage, splitLines, type Line } from './lines';
export { findListing, productionCreditsLength, type Listing } from './listing';
export { pageShapeWarnings } from './shape';
export {
  capitalsHeadingLength,
  classifyParagraph,
  countWords,
  endsLikeSentence,
  factBoxLength,
  isArticleProse,
  isBoilerplate,
  isPictureCreditLine,
  isProse,
  isSpaceCode,
  leadingCreditLength,
  MAX_SCAN,
  normalise,
  opening,
  pictureCreditLength,
  runInCaptionLength,
  runInHeadingLength,
  speaksOfThePage,
  startsWithDate,
  toggleLabelsLength,
  wordsOf,
  type ParagraphKind,
} from './kinds';
