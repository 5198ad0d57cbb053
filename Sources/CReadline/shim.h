#ifndef PROTOCOL_TRAINER_READLINE_SHIM_H
#define PROTOCOL_TRAINER_READLINE_SHIM_H

#include <stdio.h>
#include <readline/readline.h>
#include <readline/history.h>

// Setters for readline's globals: Swift 6 refuses to write C globals directly.
static inline void pt_set_readline_name(const char *name) { rl_readline_name = name; }
static inline void pt_set_completion_function(rl_completion_func_t *function) { rl_attempted_completion_function = function; }
static inline void pt_set_completion_append_character(int character) { rl_completion_append_character = character; }
static inline void pt_set_attempted_completion_over(int over) { rl_attempted_completion_over = over; }
static inline void pt_set_catch_signals(int catch_signals) { rl_catch_signals = catch_signals; rl_catch_sigwinch = 1; }
static inline const char *pt_line_buffer(void) { return rl_line_buffer; }
static inline int pt_point(void) { return rl_point; }

#endif
