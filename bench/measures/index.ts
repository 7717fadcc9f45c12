import type { Measure } from '../_lib/types';
import { cli } from './cli';
import { engine } from './engine';
import { nosgap } from './nosgap';

/** Every measure group, in the order the table lists them. */
export const MEASURES: Measure[] = [engine, cli, nosgap];
