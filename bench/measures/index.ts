import type { Measure } from '../_lib/types';
import { cli } from './cli';
import { coldStart } from './coldStart';
import { engine } from './engine';
import { excelPath } from './excelPath';
import { groupAudit } from './groupAudit';
import { officeJsRequests } from './officeJsRequests';
import { nosgap } from './nosgap';
import { taskpaneRender } from './taskpaneRender';
import { taskpaneSize } from './taskpaneSize';

/** Every measure group, in the order the table lists them. */
export const MEASURES: Measure[] = [engine, cli, coldStart, groupAudit, nosgap, excelPath, officeJsRequests, taskpaneSize, taskpaneRender];
