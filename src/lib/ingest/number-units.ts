// Numbers spaced from their units by the layout: "2018 年 4月" → "2018年4月",
// "区内 11家" → "区内11家", "第 39 次" → "第39次".
import { HAN } from './cjk.ts';

/** Characters that follow a number as its unit (or as the start of one: 毫米, 千字, 世纪 …). */
export const UNIT_CHARS = '年月日时分秒号个家名次亿万千百十元角册页版期届位人户所项条件种类篇章节岁米度倍世多余座本周天级批支场部处台辆吨克斤毫厘公里';

/** A number as the texts write one: 2018, 7.31, 1-2, 00, 001. */
const NUMBER = '\\d+(?:[.\\-–~]\\d+)*';

const NUMBER_THEN_UNIT = new RegExp(`(${NUMBER})[ \\t]+(?=[${UNIT_CHARS}])`, 'gu');
const HAN_THEN_QUANTITY = new RegExp(`(?<=[${HAN}])[ \\t]+(?=${NUMBER}[ \\t]*[${UNIT_CHARS}%％])`, 'gu');

/**
 * Closes the gap between a number and its unit, and between Chinese text and a
 * quantity that follows it. Other spaces (a postal code before a city, "1/32 印张",
 * Latin words) are kept. U+3000 (set deliberately by a repair) is never touched.
 */
export function tightenNumberUnits(text: string): string {
  return text.replace(NUMBER_THEN_UNIT, '$1').replace(HAN_THEN_QUANTITY, '');
}
