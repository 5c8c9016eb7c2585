;; The keyword automaton's inner loop in WebAssembly (see prefilter.ts, WasmAutomaton).
;; Compiled by scripts/gen-automaton-wasm.mjs into generated/automaton-wasm.ts; a test fails when
;; that file is stale.
;;
;; Memory, laid out by WasmAutomaton: the transition table (i32), then a 256-entry class table
;; (u8: class * 4, the byte offset of the class in a row), then the text (bytes), then the hits
;; (pairs of i32: the accepting state, and the offset just past the keyword's last byte).
;; A state is the byte offset of its row in the table; the table holds the next state, or
;; -(next)-1 when the next state accepts (some keyword ends there).
;;
;; Why WebAssembly: each step waits for the table load of the step before, so one pass is bound
;; by load latency (~2 ns per character in JavaScript). run4 advances four independent lanes
;; (four quarters of the text) per iteration, which overlaps those waits: about 3.5x faster
;; than the JavaScript loop on a 50 MB tree, copying the text in included.
(module
  (memory (export "memory") 1)
  ;; Byte offsets of the transition table ($d) and of the class table ($c).
  (global $d (mut i32) (i32.const 0))
  (global $c (mut i32) (i32.const 0))
  (global $hp (mut i32) (i32.const 0))
  (global $s (mut i32) (i32.const 0))
  ;; Where each lane of run4 stopped writing hits.
  (global $h0 (mut i32) (i32.const 0))
  (global $h1 (mut i32) (i32.const 0))
  (global $h2 (mut i32) (i32.const 0))
  (global $h3 (mut i32) (i32.const 0))

  (func (export "setup") (param $d i32) (param $c i32)
    (global.set $d (local.get $d))
    (global.set $c (local.get $c)))

  ;; Turns the table from $p to $end, written as row offsets in elements (bitwise-negated when
  ;; the state accepts), into byte offsets negated the same way, in place: v to 4v, and ~v to
  ;; ~(4v), which is 4v + 3 for negative v. One pass here instead of one in JavaScript.
  (func (export "scale") (param $p i32) (param $end i32)
    (local $v i32)
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $v (i32.load (local.get $p)))
        (i32.store (local.get $p)
          (i32.or (i32.shl (local.get $v) (i32.const 2))
            (i32.and (i32.shr_s (local.get $v) (i32.const 31)) (i32.const 3))))
        (local.set $p (i32.add (local.get $p) (i32.const 4)))
        (br $next))))

  ;; Runs from $p to $end without reporting; returns the state.
  (func (export "warm") (param $p i32) (param $end i32) (param $s i32) (result i32)
    (local $d i32) (local $c i32)
    (local.set $d (global.get $d))
    (local.set $c (global.get $c))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $s (i32.load (i32.add (i32.add (local.get $d) (local.get $s))
          (i32.load8_u (i32.add (local.get $c) (i32.load8_u (local.get $p)))))))
        (if (i32.lt_s (local.get $s) (i32.const 0))
          (then (local.set $s (i32.xor (local.get $s) (i32.const -1)))))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $next)))
    (local.get $s))

  ;; Runs one lane from $p to $end, reporting hits (state, end offset from $base) at $hp.
  ;; Returns the new hit pointer; the final state is in global $s.
  (func (export "run1") (param $p i32) (param $end i32) (param $s i32) (param $base i32) (param $hp i32) (result i32)
    (local $d i32) (local $c i32)
    (local.set $d (global.get $d))
    (local.set $c (global.get $c))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $s (i32.load (i32.add (i32.add (local.get $d) (local.get $s))
          (i32.load8_u (i32.add (local.get $c) (i32.load8_u (local.get $p)))))))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (if (i32.lt_s (local.get $s) (i32.const 0))
          (then
            (local.set $s (i32.xor (local.get $s) (i32.const -1)))
            (i32.store (local.get $hp) (local.get $s))
            (i32.store offset=4 (local.get $hp) (i32.sub (local.get $p) (local.get $base)))
            (local.set $hp (i32.add (local.get $hp) (i32.const 8)))))
        (br $next)))
    (global.set $s (local.get $s))
    (local.get $hp))

  ;; Four lanes of $n steps each, starting at $p0..$p3 in states $s0..$s3, each writing its hits
  ;; at its own pointer ($hp0..$hp3), so that each lane's hits stay in text order. The final
  ;; pointers are in globals $h0..$h3 (read with `lane_end`), the final state of lane 3 in $s.
  (func (export "run4") (param $p0 i32) (param $p1 i32) (param $p2 i32) (param $p3 i32) (param $n i32)
        (param $s0 i32) (param $s1 i32) (param $s2 i32) (param $s3 i32) (param $base i32)
        (param $hp0 i32) (param $hp1 i32) (param $hp2 i32) (param $hp3 i32)
    (local $d i32) (local $c i32) (local $end i32)
    (local.set $d (global.get $d))
    (local.set $c (global.get $c))
    (local.set $end (i32.add (local.get $p0) (local.get $n)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p0) (local.get $end)))
        (local.set $s0 (i32.load (i32.add (i32.add (local.get $d) (local.get $s0))
          (i32.load8_u (i32.add (local.get $c) (i32.load8_u (local.get $p0)))))))
        (local.set $s1 (i32.load (i32.add (i32.add (local.get $d) (local.get $s1))
          (i32.load8_u (i32.add (local.get $c) (i32.load8_u (local.get $p1)))))))
        (local.set $s2 (i32.load (i32.add (i32.add (local.get $d) (local.get $s2))
          (i32.load8_u (i32.add (local.get $c) (i32.load8_u (local.get $p2)))))))
        (local.set $s3 (i32.load (i32.add (i32.add (local.get $d) (local.get $s3))
          (i32.load8_u (i32.add (local.get $c) (i32.load8_u (local.get $p3)))))))
        (local.set $p0 (i32.add (local.get $p0) (i32.const 1)))
        (local.set $p1 (i32.add (local.get $p1) (i32.const 1)))
        (local.set $p2 (i32.add (local.get $p2) (i32.const 1)))
        (local.set $p3 (i32.add (local.get $p3) (i32.const 1)))
        (if (i32.lt_s (i32.or (i32.or (local.get $s0) (local.get $s1)) (i32.or (local.get $s2) (local.get $s3))) (i32.const 0))
          (then
            (if (i32.lt_s (local.get $s0) (i32.const 0))
              (then
                (local.set $s0 (i32.xor (local.get $s0) (i32.const -1)))
                (i32.store (local.get $hp0) (local.get $s0))
                (i32.store offset=4 (local.get $hp0) (i32.sub (local.get $p0) (local.get $base)))
                (local.set $hp0 (i32.add (local.get $hp0) (i32.const 8)))))
            (if (i32.lt_s (local.get $s1) (i32.const 0))
              (then
                (local.set $s1 (i32.xor (local.get $s1) (i32.const -1)))
                (i32.store (local.get $hp1) (local.get $s1))
                (i32.store offset=4 (local.get $hp1) (i32.sub (local.get $p1) (local.get $base)))
                (local.set $hp1 (i32.add (local.get $hp1) (i32.const 8)))))
            (if (i32.lt_s (local.get $s2) (i32.const 0))
              (then
                (local.set $s2 (i32.xor (local.get $s2) (i32.const -1)))
                (i32.store (local.get $hp2) (local.get $s2))
                (i32.store offset=4 (local.get $hp2) (i32.sub (local.get $p2) (local.get $base)))
                (local.set $hp2 (i32.add (local.get $hp2) (i32.const 8)))))
            (if (i32.lt_s (local.get $s3) (i32.const 0))
              (then
                (local.set $s3 (i32.xor (local.get $s3) (i32.const -1)))
                (i32.store (local.get $hp3) (local.get $s3))
                (i32.store offset=4 (local.get $hp3) (i32.sub (local.get $p3) (local.get $base)))
                (local.set $hp3 (i32.add (local.get $hp3) (i32.const 8)))))))
        (br $next)))
    (global.set $h0 (local.get $hp0))
    (global.set $h1 (local.get $hp1))
    (global.set $h2 (local.get $hp2))
    (global.set $h3 (local.get $hp3))
    (global.set $s (local.get $s3)))

  (func (export "state") (result i32) (global.get $s))

  ;; Where lane $k of the last run4 stopped writing hits.
  (func (export "lane_end") (param $k i32) (result i32)
    (if (result i32) (i32.eqz (local.get $k))
      (then (global.get $h0))
      (else (if (result i32) (i32.eq (local.get $k) (i32.const 1))
        (then (global.get $h1))
        (else (if (result i32) (i32.eq (local.get $k) (i32.const 2))
          (then (global.get $h2))
          (else (global.get $h3))))))))
)
