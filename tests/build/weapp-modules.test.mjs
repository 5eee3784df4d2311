// The per-module weigher behind npm run size:modules, on a chunk written the way webpack writes one
// with modules named by path.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { modulesOf } from '../../scripts/weapp-modules.mjs'

test('each named module runs to the next one, and the last to the end of the chunk object', () => {
  const a = '"./src/a.ts":function(e,t,n){n.d(t,{x:function(){return"甲"}})},'
  const b = '"./node_modules/b/index.js":function(e){e.exports=n("./src/a.ts")}'
  const chunk = `"use strict";(wx.webpackJsonp=wx.webpackJsonp||[]).push([[1],{${a}${b}}]);`
  const modules = modulesOf(chunk)
  assert.deepEqual(
    modules.map((m) => m.name),
    ['./src/a.ts', './node_modules/b/index.js']
  )
  assert.equal(modules[0].bytes, Buffer.byteLength(a)) // 甲 is three bytes
  assert.equal(modules[1].bytes, Buffer.byteLength(b)) // up to the closing brace of the chunk object
})
