# GUI-side models and helpers (ui/). Included from tests/CMakeLists.txt.
socketscope_add_test(tst_connectionsmodel SOURCES tst_connectionsmodel.cpp LIBS socketscope_ui)
socketscope_add_test(tst_groupsmodels     SOURCES tst_groupsmodels.cpp     LIBS socketscope_ui)
socketscope_add_test(tst_ratelimitsmodel  SOURCES tst_ratelimitsmodel.cpp  LIBS socketscope_ui)
socketscope_add_test(tst_eventlogmodel    SOURCES tst_eventlogmodel.cpp    LIBS socketscope_ui)
socketscope_add_test(tst_traffichistory  SOURCES tst_traffichistory.cpp  LIBS socketscope_ui)
# The dashboard window against a real in-process server on port 0 with real clients (offscreen).
socketscope_add_test(tst_dashboard SOURCES tst_dashboard.cpp LIBS socketscope_ui Qt6::WebSockets)
