/** Every list rule, sorted by id; a test checks each has its test and no id repeats (or clashes with src/check). */
import type { ListRule } from '../compare';
import { rule as companion } from './aktliste-companion';
import { rule as groundReasoned } from './aktliste-ground-reasoned';
import { rule as groundUnused } from './aktliste-ground-unused';
import { rule as outcome } from './aktliste-outcome';
import { rule as table } from './aktliste-table';

export const LIST_RULES: readonly ListRule[] = [companion, groundReasoned, groundUnused, outcome, table];
