/**
 * A tracking code as it is read aloud and written on the receipt: a dash after the first
 * four symbols ("7KQ4-MX2RB"). The one rule lives in shared/numbering with the code itself;
 * this re-export is where the complaint screens pick it up.
 */
export { formatTrackingCode } from '../../../../../shared/numbering/tracking-code';
