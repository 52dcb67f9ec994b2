// Month names written out rather than taken from date-fns' Russian locale, which weighs 27 kB
// minified in every element that shows a date; deadline/calendar.test.ts compares them with it.
// Apart from months.ts, whose stemmer (8 kB) a printed date does not need.

/** Month names as a Russian heading writes them alone (именительный падеж): «сентябрь 2021». */
export const russianMonths = [
  'январь',
  'февраль',
  'март',
  'апрель',
  'май',
  'июнь',
  'июль',
  'август',
  'сентябрь',
  'октябрь',
  'ноябрь',
  'декабрь',
];

/** The same in the genitive, as in a date («1 сентября»). */
export const russianMonthsGenitive = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
];

/** English month names («September 2021»); the first three letters are the abbreviation. */
export const englishMonths = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
