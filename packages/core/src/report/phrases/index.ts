export {
  reportNouns,
  reportNounKeys,
  type CountedNoun,
  type GrammaticalGender,
  type ReportNounKey,
} from './nouns.js';
export {
  pastTenseVerbs,
  pastTense,
  agreementWithCount,
  subjectGender,
  type Agreement,
  type PastTenseForms,
} from './agreement.js';
export { countWithNoun, resolveNoun, nounInput } from './count.js';
export {
  shareValue,
  shareSentence,
  countSentence,
  type ShareSource,
  type ShareSentenceOptions,
  type CountSentenceOptions,
} from './share.js';
export {
  changeSentence,
  shareChangeSentence,
  type ChangeSentenceOptions,
  type ShareChangeSentenceOptions,
} from './change.js';
