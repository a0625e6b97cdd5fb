import rule from '../../rules/workspace/ws005-no-missing-config-reference';
import { runRuleTests } from '../rule-tester';
import { cases } from './ws005.cases';

runRuleTests(rule, cases);
