import rule from '../../rules/helm/hv004-values-no-literal-secret';
import { runRuleTests } from '../rule-tester';
import { cases } from './hv004.cases';

runRuleTests(rule, cases);
