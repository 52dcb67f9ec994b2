import { readPastedNumber, type PastedNumber } from '@shnro/core';

/** What a typed number field holds: nothing, a number, or text that is not a number. */
export type TypedNumber = PastedNumber;

/**
 * Reads a number as a person types it in a Russian form («7», «1 202», «12,5», «−3»): the core's
 * `readPastedNumber`, one rule for typed fields and pasted cells.
 */
export const readTypedNumber: (raw: string) => TypedNumber = readPastedNumber;
