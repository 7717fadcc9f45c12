import type { Measure } from '../_lib/types';
import { cli } from './cli';
import { engine } from './engine';
import { excelPath } from './excelPath';
import { officeJsRequests } from './officeJsRequests';
import { nosgap } from './nosgap';
import { taskpaneRender } from './taskpaneRender';
import { taskpaneSize } from './taskpaneSize';

/** Every measure group, in the order the table lists them. */
export const MEASURES: Measure[] = [engine, cli, nosgap, excelPath, officeJsRequests, taskpaneSize, taskpaneRender];
