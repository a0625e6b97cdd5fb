import rule from '../../rules/dockerfile/df010-require-base-image-digest';
import { runRuleTests } from '../rule-tester';
import { cases } from './df010.cases';

runRuleTests(rule, cases);
