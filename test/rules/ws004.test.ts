import rule from '../../rules/workspace/ws004-no-missing-service-account';
import { runRuleTests } from '../rule-tester';
import { cases } from './ws004.cases';

runRuleTests(rule, cases);
