import rule from '../../rules/workspace/ws002-no-dangling-network-policy';
import { runRuleTests } from '../rule-tester';
import { cases } from './ws002.cases';

runRuleTests(rule, cases);
