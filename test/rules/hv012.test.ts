import rule from '../../rules/helm/hv012-values-no-single-replica';
import { runRuleTests } from '../rule-tester';
import { cases } from './hv012.cases';

runRuleTests(rule, cases);
