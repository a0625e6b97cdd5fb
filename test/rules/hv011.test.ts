import rule from '../../rules/helm/hv011-values-require-resources';
import { runRuleTests } from '../rule-tester';
import { cases } from './hv011.cases';

runRuleTests(rule, cases);
