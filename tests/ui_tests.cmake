# GUI-side models and helpers (ui/). Included from tests/CMakeLists.txt.
socketscope_add_test(tst_connectionsmodel SOURCES tst_connectionsmodel.cpp LIBS socketscope_ui)
socketscope_add_test(tst_groupsmodels     SOURCES tst_groupsmodels.cpp     LIBS socketscope_ui)
socketscope_add_test(tst_ratelimitsmodel  SOURCES tst_ratelimitsmodel.cpp  LIBS socketscope_ui)
socketscope_add_test(tst_nodesmodel       SOURCES tst_nodesmodel.cpp       LIBS socketscope_ui)
socketscope_add_test(tst_eventlogmodel    SOURCES tst_eventlogmodel.cpp    LIBS socketscope_ui)
socketscope_add_test(tst_traffichistory  SOURCES tst_traffichistory.cpp  LIBS socketscope_ui)
# The dashboard window against a real in-process server on port 0 with real clients (offscreen).
socketscope_add_test(tst_dashboard SOURCES tst_dashboard.cpp LIBS socketscope_ui Qt6::WebSockets)
# The Users view, TLS settings and audit export against a real in-process server (offscreen).
socketscope_add_test(tst_usersmodel SOURCES tst_usersmodel.cpp LIBS socketscope_ui)
socketscope_add_test(tst_userspanel SOURCES tst_userspanel.cpp LIBS socketscope_ui Qt6::WebSockets)
socketscope_add_test(tst_clientpanel SOURCES tst_clientpanel.cpp LIBS socketscope_ui Qt6::WebSockets)
# Manual check of the client panel in its own window (not a test, not installed).
qt_add_executable(clientpanel_manual manual/clientpanel_main.cpp)
target_link_libraries(clientpanel_manual PRIVATE socketscope_ui socketscope_common)
target_include_directories(clientpanel_manual PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
# Translations: complete catalogues that match the tr() texts of ui/ and app/ (runs lupdate).
socketscope_add_test(tst_translations SOURCES tst_translations.cpp)
target_compile_definitions(tst_translations PRIVATE
    SOCKETSCOPE_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    SOCKETSCOPE_LUPDATE="$<TARGET_FILE:Qt6::lupdate>")
# Language, theme, keyboard, settings round trip and help of the window (offscreen).
socketscope_add_test(tst_desktop SOURCES tst_desktop.cpp LIBS socketscope_ui)
# The client panel's X-ray: frames compared one by one against a real server (offscreen).
socketscope_add_test(tst_xraypanel SOURCES tst_xraypanel.cpp LIBS socketscope_ui)
# The connection inspector: headers, identity, frame capture, send, join/leave (offscreen).
socketscope_add_test(tst_inspector SOURCES tst_inspector.cpp LIBS socketscope_ui)
# The window attached to a running server's /ws/admin (SPEC §8): real sockets, real clients (offscreen).
socketscope_add_test(tst_attach SOURCES tst_attach.cpp LIBS socketscope_ui Qt6::WebSockets)
qt_add_executable(cluster_manual manual/cluster_main.cpp)
target_link_libraries(cluster_manual PRIVATE socketscope_ui socketscope_common)
target_include_directories(cluster_manual PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
# Manual check of the Settings dialog (screenshots of the database fields; not a test).
qt_add_executable(settings_manual manual/settings_main.cpp)
target_link_libraries(settings_manual PRIVATE socketscope_ui socketscope_common)
target_include_directories(settings_manual PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
# The window in a cluster: both nodes' connections, a kick on the other node, embedded and attached
# (real redis-server on a free port, offscreen).
socketscope_add_test(tst_clusterwindow SOURCES tst_clusterwindow.cpp LIBS socketscope_ui Qt6::WebSockets)
