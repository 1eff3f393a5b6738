"""Measure the CPU time of the parser tests that feed hostile input to one reader.

The tests in ``tests/portal`` check what a reader makes of a hostile input (huge spans,
thousands of markers, deep chains, unclosed calls…): what it finds and that it stops at
its bounds. How long that takes is measured here, not in the tests, so that a busy
machine or coverage tracing cannot fail a test: each test named in ``CASES`` is run once
on its own and its CPU time is compared with its budget (seconds of CPU time on one core
of the reference machine, at least 2.5 times what it costs there). Exits 1 when a case
fails its assertions or passes its budget.

Usage: ``.venv/bin/python scripts/bench_hostile.py [--only NAME]``.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
import importlib
from pathlib import Path
import sys
import time

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT)]

CASES: dict[str, float] = {
    "test_parsing_inactive_tiles:test_a_deeply_nested_page_stays_bounded": 2.0,
    "test_parsing_dialog_players:test_many_dialogs_and_openers_stay_bounded": 2.0,
    "test_parsing_dialog_players:test_a_script_full_of_marker_calls_stays_bounded": 3.0,
    "test_parsing_row_ternary_states:test_many_loops_over_a_script_full_of_the_row_letter_stay_bounded": 4.0,
    "test_parsing_row_id_template_signs:test_a_script_of_escaped_quotes_and_many_loops_is_read_in_linear_time": 1.0,
    "test_parsing_server_channels:test_long_prefix_values_failing_at_their_end_are_read_in_linear_time": 1.0,
    "test_parsing_tsapi:test_a_huge_event_stream_stays_bounded": 3.0,
    "test_parsing_yaml_startpages:test_a_huge_start_page_stops_being_read_at_the_cap": 2.0,
    "test_parsing_yaml_startpages:test_a_billion_laughs_document_is_refused_before_it_expands": 0.5,
    "test_parsing_headed_cards_and_columns:test_a_huge_board_stops_being_read_at_the_cap": 1.0,
    "test_parsing_headed_sections:test_a_huge_page_stops_being_read_at_the_cap": 2.0,
    "test_parsing_row_columns:test_many_rows_are_compared_in_bounded_time": 1.0,
    "test_parsing_marker_helper_regex_options:test_a_megabyte_line_of_unclosed_regex_classes_stays_bounded": 6.0,
    "test_parsing_review_s35:test_many_labelled_stream_lines_stay_bounded": 7.0,
    "test_parsing_review_s35:test_huge_nccsv_attributes_and_rows_stay_bounded": 2.0,
    "test_parsing_review_s35:test_many_json_lines_of_arrays_stay_bounded": 2.0,
    "test_parsing_review_s34:test_constants_joined_from_constants_stay_bounded": 1.0,
    "test_parsing_review_s34:test_many_carried_shortcode_tails_stay_bounded": 2.5,
    "test_parsing_review_s34_media:test_many_shortcodes_in_sentences_stay_bounded": 2.0,
    "test_parsing_classes_h35_ca:test_many_entity_addresses_and_sources_stay_bounded": 5.0,
    "test_parsing_review_s32:test_a_long_player_helper_called_many_times_stays_bounded": 1.0,
    "test_parsing_review_s32:test_many_live_links_under_deep_classed_elements_stay_bounded": 4.0,
    "test_parsing_classes_h34_bb:test_many_viewer_links_with_long_queries_stay_bounded": 5.0,
    "test_parsing_classes_h33_ac:test_many_joins_and_records_stay_bounded": 3.0,
    "test_parsing_classes_h32_zh:test_many_suffixed_records_with_kind_titles_stay_bounded": 6.0,
    "test_parsing_page_data_places:test_a_huge_page_state_of_place_lists_stays_bounded": 3.0,
    "test_parsing_classes_h31_zd:test_many_records_of_long_popup_markup_stay_bounded": 3.0,
    "test_parsing_classes_h31_zd:test_many_records_and_placeholders_stay_bounded": 2.0,
    "test_parsing_classes_leftover_df:test_many_template_scripts_records_and_backgrounds_stay_bounded": 2.0,
    "test_parsing_unusable_entries:test_a_huge_list_of_points_without_media_stays_bounded": 8.0,
    "test_parsing_unusable_entries:test_a_huge_list_of_sign_markers_beside_a_camera_stays_bounded": 3.0,
    "test_parsing_unusable_entries:test_two_megabyte_lists_of_empty_entries_stay_bounded": 2.5,
    "test_parsing_popup_query_viewers:test_many_helper_calls_of_long_popups_stay_bounded": 13.0,
    "test_parsing_review_s29:test_many_links_of_bare_references_stay_bounded": 3.0,
    "test_parsing_classes_h29_xc:test_many_keyed_cards_with_long_links_stay_bounded": 3.0,
    "test_parsing_attribute_ampersands:test_many_tags_and_a_huge_attribute_of_bare_ampersands_stay_bounded": 8.0,
    "test_parsing_picker_and_collection_bounds:test_selects_sharing_scripts_of_long_names_stay_bounded": 5.0,
    "test_parsing_picker_and_collection_bounds:test_players_counted_in_a_scoped_class_over_a_deep_page_stay_bounded": 3.0,
    "test_parsing_classes_h27_vb:test_many_collections_and_indexed_players_stay_bounded": 6.0,
    "test_parsing_classes_h27_vc:test_many_prefixes_and_pairs_in_a_large_reload_script_stay_bounded": 4.0,
    "test_parsing_classes_h27_vc:test_many_popup_titles_and_breaks_stay_bounded": 2.0,
    "test_parsing_classes_h26_ua:test_many_nested_title_badges_stay_bounded": 2.0,
    "test_parsing_classes_h27_va:test_many_setup_functions_stay_bounded": 10.0,
    "test_parsing_classes_h25_tc:test_many_long_list_cells_stay_bounded": 4.0,
    "test_parsing_classes_h26_uc:test_many_balloons_full_of_unclosed_imgs_stay_bounded": 2.0,
    "test_parsing_classes_h25_ta:test_many_position_objects_and_markers_stay_bounded": 5.0,
    "test_parsing_classes_h24_sa:test_xml_root_address_over_many_records_stays_bounded": 8.0,
    "test_parsing_classes_h24_sa:test_fods_huge_repeats_stay_bounded": 3.0,
    "test_parsing_classes_h25_tb:test_many_page_links_and_glyphs_stay_bounded": 10.0,
    "test_parsing_camera_walls:test_hostile_reload_script_is_bounded": 5.0,
    "test_parsing_classes_h22_qd:test_many_xgplayer_calls_on_unknown_variables_stay_bounded": 5.0,
    "test_parsing_cms_fields:test_hostile_envelopes_are_bounded": 2.0,
    "test_parsing_classes_h22_qc:test_spreadsheet_huge_index_and_many_cells_stay_bounded": 1.0,
    "test_parsing_classes_h22_qc:test_many_array_calls_stay_bounded": 3.0,
    "test_parsing_coordinate_factories:test_many_card_statements_stay_bounded": 15.0,
    "test_parsing_data_features:test_many_features_stay_bounded": 30.0,
    "test_parsing_deep_markup:test_deeply_nested_text_elements_are_bounded": 15.0,
    "test_parsing_embed_areas:test_many_frame_cards_are_bounded": 20.0,
    "test_parsing_escaped_popups:test_many_escaped_popups_stay_bounded": 20.0,
    "test_parsing_framed_areas:test_many_framed_fields_are_bounded": 20.0,
    "test_parsing_gis_attributes:test_hostile_balloon_is_bounded": 2.0,
    "test_parsing_grid_rows:test_hostile_grid_is_bounded": 10.0,
    "test_parsing_marker_builders:test_many_templates_and_setters_stay_bounded": 15.0,
    "test_parsing_map_libraries:test_many_popup_calls_stay_bounded": 1.0,
    "test_parsing_marker_ids:test_many_id_statements_stay_bounded": 10.0,
    "test_parsing_nvr_servers:test_huge_nginx_rtmp_stat_is_bounded": 5.0,
    "test_parsing_placeholders:test_hostile_file_name_is_bounded": 1.0,
    "test_parsing_published_sheets:test_nested_wrappers_are_bounded": 1.0,
    "test_parsing_query_answers:test_solr_reader_is_bounded_on_long_keys_and_many_fields": 5.0,
    "test_parsing_record_platforms:test_huge_typed_field_list_is_not_expanded": 5.0,
    "test_parsing_sveltekit_data:test_hostile_answers_are_bounded": 3.0,
    "test_parsing_table_spans:test_hostile_spans_are_bounded": 20.0,
    "test_parsing_topologies_sequences:test_topology_geometry_count_is_bounded": 2.0,
    "test_parsing_webmaps:test_many_layers_and_notes_stay_bounded": 5.0,
    "test_parsing_classes_h28_wb:test_many_keyed_objects_stay_bounded": 5.0,
    "test_parsing_classes_h28_wb:test_many_elements_with_ids_under_headings_stay_bounded": 5.0,
    "test_parsing_classes_h28_wa:test_many_selects_and_references_stay_bounded": 5.0,
    "test_parsing_classes_h29_xd:test_many_places_and_wide_objects_stay_bounded": 5.0,
    "test_parsing_classes_h30_yc:test_many_plain_lists_beside_many_keyed_groups_stay_bounded": 5.0,
    "test_parsing_classes_h30_ya:test_many_helper_calls_and_long_labels_stay_bounded": 10.0,
    "test_parsing_classes_h30_yd:test_many_custom_types_and_long_balloons_stay_bounded": 2.0,
    "test_parsing_classes_h30_yb:test_many_routed_pictures_and_district_lines_stay_bounded": 5.0,
    "test_parsing_marker_helpers_more:test_many_helper_calls_with_nested_positions_stay_bounded": 10.0,
    "test_parsing_classes_h31_zf:test_many_player_links_with_huge_fragments_stay_bounded": 4.0,
    "test_parsing_classes_h31_ze:test_many_repeated_links_keyed_pictures_and_labelled_videos_stay_bounded": 6.0,
    "test_parsing_review_s30:test_many_place_lists_of_empty_places_stay_bounded": 3.0,
    "test_parsing_classes_h31_zc:test_many_rows_of_many_sparse_area_columns_stay_bounded": 2.0,
    "test_parsing_classes_h32_zj:test_many_nested_state_divs_stay_bounded": 2.0,
    "test_parsing_classes_h32_zi:test_many_counting_loops_and_popup_calls_stay_bounded": 4.0,
    "test_parsing_classes_h32_zi:test_many_long_base64_fields_stay_bounded": 2.0,
    "test_parsing_review_s31:test_many_ordinary_counting_loops_in_a_long_script_stay_bounded": 3.0,
    "test_parsing_review_s31:test_many_counting_loops_sharing_large_popup_arrays_stay_bounded": 4.0,
    "test_parsing_classes_h34_ba:test_many_helpers_and_calls_with_long_arguments_stay_bounded": 15.0,
    "test_parsing_classes_h35_cb:test_many_busted_literals_and_label_rows_stay_bounded": 4.0,
    "test_parsing_classes_h35_cd:test_many_streaming_places_and_wide_records_stay_bounded": 8.0,
    "test_parsing_classes_leftover_ce:test_many_players_with_long_setups_and_a_huge_state_table_stay_bounded": 5.0,
    "test_parsing_classes_h35_cc:test_many_lettered_values_and_host_like_paths_stay_bounded": 4.0,
    "test_parsing_review_s33:test_many_large_tables_of_other_keys_stay_bounded": 2.0,
    "test_parsing_classes_h36_dc:test_many_shortcodes_and_huge_bracketed_text_stay_bounded": 4.0,
    "test_parsing_classes_h36_dc:test_many_declarations_and_helper_calls_stay_bounded": 3.0,
    "test_parsing_classes_h36_de:test_many_sections_with_long_place_lines_stay_bounded": 4.0,
    "test_parsing_classes_h36_db:test_many_windows_opens_and_position_objects_stay_bounded": 8.0,
    "test_parsing_classes_h36_db:test_many_methods_and_long_bodies_stay_bounded": 2.0,
    "test_parsing_fragment_places:test_many_records_of_huge_fragments_stay_bounded": 2.0,
    "test_parsing_large_answers:test_two_thousand_records_of_unique_district_keys_are_all_read": 6.0,
    "test_parsing_large_answers:test_twenty_thousand_records_give_the_first_cameras_and_say_the_list_is_capped": 1.5,
    "test_parsing_large_answers:test_a_page_of_twenty_looped_lists_and_a_huge_string_gives_their_cameras": 4.0,
    "test_parsing_large_answers:test_a_script_of_forty_thousand_joins_still_gives_the_placed_records": 6.5,
    "test_parsing_admin_rows:test_a_huge_management_table_stops_being_read_at_the_cap": 2.0,
    "test_parsing_admin_rows:test_rows_of_many_view_links_stay_bounded": 3.5,
    "test_parsing_large_answers:test_records_of_many_url_fields_stay_bounded": 4.0,
    "test_parsing_stream_key_cards:test_many_cards_watching_keyed_viewer_pages_stay_bounded": 4.0,
    "test_parsing_stream_key_cards:test_two_megabytes_of_cards_watching_keyed_viewer_pages_stay_bounded": 22.0,
    "test_parsing_popup_query_viewers:test_markers_named_after_two_megabytes_of_script_keep_their_popups": 3.0,
    "test_parsing_popup_helper_calls:test_many_helper_bodies_stay_bounded": 4.0,
}
"""Each case as ``module:test`` under ``tests/portal``, with its CPU budget in seconds."""


def case(name: str) -> Callable[[], object]:
    """Return the test function a case names."""
    module, function = name.split(":")
    found: Callable[[], object] = getattr(
        importlib.import_module(f"tests.portal.{module}"), function
    )
    return found


def main() -> int:
    """Run every case once and print a Markdown table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", action="append", default=[])
    args = parser.parse_args()
    failed = False
    print("| test | CPU time | budget | verdict |")
    print("|---|---|---|---|")
    for name, budget in CASES.items():
        if args.only and not any(part in name for part in args.only):
            continue
        test = case(name)
        started = time.process_time()
        try:
            test()
        except Exception as err:  # noqa: BLE001 - a failing case is reported, not raised
            outcome = f"FAIL ({type(err).__name__})"
        else:
            outcome = "PASS"
        seconds = time.process_time() - started
        if outcome == "PASS" and seconds > budget:
            outcome = "FAIL (over budget)"
        failed |= outcome != "PASS"
        print(f"| {name} | {seconds:.2f} s | {budget:g} s | {outcome} |", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
