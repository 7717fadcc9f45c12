import type { Indicator, IndicatorInput } from './indicator';
import { INDICATOR_DEFINITIONS } from './indicatorDefinitions';
import { buildIndicator } from './indicatorBuild';
import { STAFF_INDICATORS } from './staffIndicators';
import { TEAM_INDICATORS } from './teamIndicators';
import { REFLECTION_INDICATORS } from './reflectionIndicators';

const COMPUTE = { ...STAFF_INDICATORS, ...TEAM_INDICATORS, ...REFLECTION_INDICATORS };

/**
 * The organisational indicators O1-O24 of SPEC 3.8 and 9.3 (ELS report 2010 Recommendation 4, the organisational audit tool).
 * @example indicators({ rows, mappedFields, learnerNeeds: null, pdpPresent: false, settings })[0].status // 'Green'
 */
export function indicators(input: IndicatorInput): Indicator[] {
  return INDICATOR_DEFINITIONS.map((def) => buildIndicator(def, COMPUTE[def.id](input), def.id === 'O8' ? 2 : 1));
}
