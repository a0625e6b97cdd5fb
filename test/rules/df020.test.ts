import rule from '../../rules/dockerfile/df020-require-oci-source-labels';
import { runRuleTests } from '../rule-tester';
import { cases } from './df020.cases';

runRuleTests(rule, cases);
