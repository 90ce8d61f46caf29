import type { ParamMatcher } from '@sveltejs/kit';
import { isRecordKind } from '$lib/record-kinds';

export const match: ParamMatcher = isRecordKind;
