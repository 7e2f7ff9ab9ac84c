/** Therapist markers: we-talk, questions, reflections, presupposed change, widening support. */
export { therapistLexicons } from '../../lexicons/therapist.js';
export { therapistRules, questionRuleIds } from './rules.js';
export { therapistMarkers } from './markers.js';
export { Sentences, splitSentences } from './sentences.js';
export { closedTemplates } from './suggestions.js';
