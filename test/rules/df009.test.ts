import rule from '../../rules/dockerfile/df009-no-latest-base-image';
import { runRuleTests } from '../rule-tester';
import { cases } from './df009.cases';

runRuleTests(rule, cases);
