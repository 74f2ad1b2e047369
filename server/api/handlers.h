// Handler functions referenced by the route table (api/routes.cpp), one file per noun.
#pragma once

#include "api/route.h"

namespace atgt::api {

// service_accounts_api.cpp
Result<Reply> create_service_account(Ctx& c);
Result<Reply> create_service_token(Ctx& c);
// settings_api.cpp
Result<Reply> get_retention_settings(Ctx& c);
Result<Reply> put_retention_settings(Ctx& c);
// session_api.cpp
Result<Reply> create_session(Ctx& c);
Result<Reply> get_session(Ctx& c);
Result<Reply> delete_session(Ctx& c);
Result<Reply> change_password(Ctx& c);
Result<Reply> update_own_profile(Ctx& c);
// tokens_api.cpp
Result<Reply> list_tokens(Ctx& c);
Result<Reply> create_token(Ctx& c);
Result<Reply> revoke_token(Ctx& c);
// units_api.cpp
Result<Reply> list_unit_types(Ctx& c);
Result<Reply> get_unit_tree(Ctx& c);
Result<Reply> search_units(Ctx& c);
Result<Reply> get_unit(Ctx& c);
Result<Reply> get_unit_history(Ctx& c);
Result<Reply> get_unit_changes(Ctx& c);
Result<Reply> list_unverified_events(Ctx& c);
Result<Reply> verify_unit_event(Ctx& c);
Result<Reply> get_unit_successors(Ctx& c);
Result<Reply> get_unit_descendants(Ctx& c);
// registry_api.cpp
Result<Reply> create_unit(Ctx& c);
Result<Reply> preview_unit_event(Ctx& c);
Result<Reply> apply_unit_event(Ctx& c);
Result<Reply> import_registry(Ctx& c);
// users_api.cpp
Result<Reply> list_roles(Ctx& c);
Result<Reply> list_users(Ctx& c);
Result<Reply> create_user(Ctx& c);
Result<Reply> update_user(Ctx& c);
Result<Reply> reset_user_password(Ctx& c);
// audit_api.cpp
Result<Reply> list_audit(Ctx& c);
// home_api.cpp
Result<Reply> get_home(Ctx& c);
// files_api.cpp
Result<Reply> upload_file(Ctx& c);
Result<Reply> attach_unit_file(Ctx& c);
Result<Reply> list_unit_files(Ctx& c);
// Official documents (documents_api.cpp, document_delivery_api.cpp, document_settings_api.cpp,
// document_registers_api.cpp).
Result<Reply> list_document_types(Ctx& c);
Result<Reply> list_documents(Ctx& c);
Result<Reply> get_document(Ctx& c);
Result<Reply> create_document(Ctx& c);
Result<Reply> update_document(Ctx& c);
Result<Reply> check_document(Ctx& c);
Result<Reply> return_document(Ctx& c);
Result<Reply> sign_document(Ctx& c);
Result<Reply> issue_document(Ctx& c);
Result<Reply> set_document_eoffice(Ctx& c);
Result<Reply> attach_document_file(Ctx& c);
Result<Reply> list_document_files(Ctx& c);
Result<Reply> preview_document_recipients(Ctx& c);
Result<Reply> list_document_deliveries(Ctx& c);
Result<Reply> acknowledge_document(Ctx& c);
Result<Reply> remind_document(Ctx& c);
Result<Reply> register_incoming_document(Ctx& c);
Result<Reply> get_document_settings(Ctx& c);
Result<Reply> put_document_settings(Ctx& c);
Result<Reply> list_document_people(Ctx& c);
// Import templates as XLSX (import_templates_api.cpp).
Result<Reply> get_import_template(Ctx& c);
Result<Reply> get_outgoing_register(Ctx& c);
Result<Reply> get_incoming_register(Ctx& c);
Result<Reply> get_tracking_register(Ctx& c);
Result<Reply> export_tracking_register(Ctx& c);
Result<Reply> get_document_pdf(Ctx& c);
Result<Reply> get_document_docx(Ctx& c);
Result<Reply> export_outgoing_register(Ctx& c);
Result<Reply> export_incoming_register(Ctx& c);
// Plans and tasks (plans_api.cpp).
Result<Reply> get_plan(Ctx& c);
Result<Reply> put_plan_tasks(Ctx& c);
Result<Reply> get_plan_compliance(Ctx& c);
Result<Reply> export_plan_compliance(Ctx& c);
Result<Reply> list_tasks(Ctx& c);
Result<Reply> get_task(Ctx& c);
Result<Reply> report_task(Ctx& c);
Result<Reply> submit_task(Ctx& c);
Result<Reply> review_task(Ctx& c);
Result<Reply> attach_task_file(Ctx& c);
Result<Reply> list_task_files(Ctx& c);
Result<Reply> download_file(Ctx& c);
Result<Reply> delete_file(Ctx& c);
// jobs_api.cpp
Result<Reply> list_jobs(Ctx& c);
Result<Reply> get_job(Ctx& c);
Result<Reply> create_job(Ctx& c);
Result<Reply> retry_job(Ctx& c);
Result<Reply> preview_users_import(Ctx& c);
// notifications_api.cpp
Result<Reply> list_notifications(Ctx& c);
Result<Reply> count_unread_notifications(Ctx& c);
Result<Reply> read_notification(Ctx& c);
Result<Reply> read_all_notifications(Ctx& c);
Result<Reply> get_notification_prefs(Ctx& c);
Result<Reply> set_notification_prefs(Ctx& c);
Result<Reply> list_notification_templates(Ctx& c);
Result<Reply> update_notification_template(Ctx& c);
// scheduler_api.cpp
Result<Reply> list_scheduled_tasks(Ctx& c);
Result<Reply> list_task_runs(Ctx& c);
Result<Reply> run_task_now(Ctx& c);
Result<Reply> list_emails(Ctx& c);
// password_reset_api.cpp
Result<Reply> request_password_reset(Ctx& c);
Result<Reply> confirm_password_reset(Ctx& c);
// openapi.cpp
Result<Reply> get_openapi(Ctx& c);
// calendar_api.cpp
// Violation records (violations_api.cpp).
Result<Reply> record_violations(Ctx& c);
Result<Reply> push_violations(Ctx& c);
Result<Reply> list_violations(Ctx& c);
Result<Reply> get_violation(Ctx& c);
Result<Reply> list_violation_views(Ctx& c);
Result<Reply> correct_violation(Ctx& c);
Result<Reply> withdraw_violation(Ctx& c);
Result<Reply> import_violations(Ctx& c);
// match_queue_api.cpp
Result<Reply> list_match_queue(Ctx& c);
Result<Reply> confirm_match(Ctx& c);
Result<Reply> reject_match(Ctx& c);
// notices_api.cpp
Result<Reply> list_notices(Ctx& c);
Result<Reply> get_notice(Ctx& c);
Result<Reply> add_notice_action(Ctx& c);
Result<Reply> upload_notice_evidence(Ctx& c);
Result<Reply> close_notice(Ctx& c);
Result<Reply> dispute_notice(Ctx& c);
Result<Reply> notice_letter(Ctx& c);
// violation_stats_api.cpp
Result<Reply> get_violation_stats(Ctx& c);
// accidents_api.cpp
Result<Reply> record_accident(Ctx& c);
Result<Reply> list_accidents(Ctx& c);
Result<Reply> get_accident(Ctx& c);
Result<Reply> withdraw_accident(Ctx& c);
// privacy_register_api.cpp
Result<Reply> list_processing_purposes(Ctx& c);
Result<Reply> update_processing_purpose(Ctx& c);
Result<Reply> get_dpia(Ctx& c);
Result<Reply> create_dpia_risk(Ctx& c);
Result<Reply> update_dpia_risk(Ctx& c);
Result<Reply> delete_dpia_risk(Ctx& c);
Result<Reply> create_dpia_review(Ctx& c);
// privacy_api.cpp
Result<Reply> list_privacy_request_kinds(Ctx& c);
Result<Reply> list_privacy_requests(Ctx& c);
Result<Reply> record_privacy_request(Ctx& c);
Result<Reply> answer_privacy_request(Ctx& c);
// breaches_api.cpp
Result<Reply> list_breaches(Ctx& c);
Result<Reply> record_breach(Ctx& c);
Result<Reply> update_breach(Ctx& c);
// Violation codes (violation_codes_api.cpp).
Result<Reply> list_violation_codes(Ctx& c);
Result<Reply> get_violation_code(Ctx& c);
Result<Reply> create_violation_code(Ctx& c);
Result<Reply> put_violation_code(Ctx& c);
Result<Reply> list_decrees(Ctx& c);
Result<Reply> put_decree(Ctx& c);
Result<Reply> list_behaviour_categories(Ctx& c);
Result<Reply> put_behaviour_category(Ctx& c);
Result<Reply> list_school_years(Ctx& c);
Result<Reply> put_school_year(Ctx& c);
Result<Reply> list_holidays(Ctx& c);
Result<Reply> put_holiday(Ctx& c);
Result<Reply> delete_holiday(Ctx& c);
Result<Reply> get_calendar_periods(Ctx& c);
Result<Reply> get_deadline(Ctx& c);
Result<Reply> put_calendar_settings(Ctx& c);
// indicators_api.cpp
Result<Reply> list_indicators(Ctx& c);
Result<Reply> update_indicator(Ctx& c);
Result<Reply> preview_indicator(Ctx& c);
// enrolments_api.cpp
Result<Reply> list_enrolments(Ctx& c);
Result<Reply> import_enrolments(Ctx& c);
Result<Reply> get_enrolment_totals(Ctx& c);
// search_api.cpp
Result<Reply> global_search(Ctx& c);
// students_api.cpp
Result<Reply> list_students(Ctx& c);
Result<Reply> get_student(Ctx& c);
Result<Reply> preview_student_import(Ctx& c);
Result<Reply> import_students(Ctx& c);
Result<Reply> record_commitments(Ctx& c);
Result<Reply> preview_commitment_import(Ctx& c);
Result<Reply> import_commitments(Ctx& c);
Result<Reply> get_commitment_coverage(Ctx& c);
Result<Reply> list_unsigned_commitments(Ctx& c);
Result<Reply> list_parking_operators(Ctx& c);
Result<Reply> create_parking_operator(Ctx& c);
Result<Reply> update_parking_operator(Ctx& c);
Result<Reply> delete_parking_operator(Ctx& c);

}  // namespace atgt::api
