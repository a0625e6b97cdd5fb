import rule from '../../rules/dockerfile/df008-no-secret-file-copy';
import { runRuleTests } from '../rule-tester';
import { cases } from './df008.cases';

runRuleTests(rule, cases);
