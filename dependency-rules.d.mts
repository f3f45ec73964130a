import type { IFlattenedRuleSet } from 'dependency-cruiser';

export declare const LAYERS: Record<string, string>;
export declare const MAY_IMPORT: Record<string, string[]>;
export declare const ruleSet: IFlattenedRuleSet;
