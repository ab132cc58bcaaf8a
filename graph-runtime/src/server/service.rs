//! [`GraphService`]: the mounted endpoints as one tower service, for
//! `axum::serve`, hyper or a tower stack, without axum's router in front
//! when nothing else is routed.

use std::convert::Infallible;
use std::future::{Future, Ready, ready};
use std::pin::Pin;
use std::task::{Context, Poll};

use axum::Router;
use axum::extract::Request;
use axum::response::Response;
use axum::routing::future::RouteFuture;
use axum::serve::{IncomingStream, Listener};
use tower_service::Service;

use crate::server::dispatch::{Dispatcher, Handling};

/// Every mounted endpoint as one service: what
/// [`GraphServer::into_service`](super::GraphServer::into_service) returns
/// and [`GraphServer::serve`](super::GraphServer::serve) runs.
///
/// Without [extra routes](super::GraphServer::with_extra_routes) a request
/// goes straight to the route table: axum's router would only match it
/// against no routes, record empty path parameters and box the call before
/// handing it to the same table. With extra routes it is the router of
/// [`into_router`](super::GraphServer::into_router).
///
/// It serves with `axum::serve` as a router does:
///
/// ```no_run
/// # async fn run(server: graph_runtime::server::GraphServer) -> std::io::Result<()> {
/// let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
/// graph_runtime::server::axum::serve(listener, server.into_service()).await
/// # }
/// ```
///
/// Like the router, and unlike [`serve`](super::GraphServer::serve), it
/// applies none of the [`ServerLimits`](super::ServerLimits).
#[derive(Clone)]
pub struct GraphService(Front);

/// How a request reaches the route table: directly, or through the router
/// of the extra routes (with the table as its fallback).
#[derive(Clone)]
enum Front {
    Table(Dispatcher),
    Router(Router),
}

impl GraphService {
    pub(crate) fn table(dispatcher: Dispatcher) -> Self {
        GraphService(Front::Table(dispatcher))
    }

    pub(crate) fn with_extra_routes(router: Router) -> Self {
        GraphService(Front::Router(router))
    }
}

impl std::fmt::Debug for GraphService {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let extra_routes = matches!(self.0, Front::Router(_));
        f.debug_struct("GraphService")
            .field("extra_routes", &extra_routes)
            .finish_non_exhaustive()
    }
}

impl Service<Request> for GraphService {
    type Response = Response;
    type Error = Infallible;
    type Future = GraphResponseFuture;

    fn poll_ready(&mut self, _cx: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        // Both kinds are always ready: the table needs nothing, and axum's
        // router is ready by its own contract.
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, req: Request) -> GraphResponseFuture {
        GraphResponseFuture(match &mut self.0 {
            Front::Table(dispatcher) => Answering::Table(dispatcher.call(req)),
            Front::Router(router) => Answering::Routed(router.call(req)),
        })
    }
}

/// Served by `axum::serve` as a router is: each connection gets a copy.
impl<L: Listener> Service<IncomingStream<'_, L>> for GraphService {
    type Response = GraphService;
    type Error = Infallible;
    type Future = Ready<Result<GraphService, Infallible>>;

    fn poll_ready(&mut self, _cx: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, _connection: IncomingStream<'_, L>) -> Self::Future {
        ready(Ok(self.clone()))
    }
}

/// The response to one request of a [`GraphService`].
pub struct GraphResponseFuture(Answering);

/// The table's answer, or the router's.
enum Answering {
    Table(Handling),
    Routed(RouteFuture<Infallible>),
}

impl std::fmt::Debug for GraphResponseFuture {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GraphResponseFuture")
            .finish_non_exhaustive()
    }
}

impl Future for GraphResponseFuture {
    type Output = Result<Response, Infallible>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        // Both futures are Unpin (the table's pending part and the router's
        // call are boxed inside them).
        match &mut self.get_mut().0 {
            Answering::Table(handling) => Pin::new(handling).poll(cx),
            Answering::Routed(routed) => Pin::new(routed).poll(cx),
        }
    }
}
